"use client";
/** Whether a game screen is shown inside a class: its end screens then keep the student in the class (no "Play again"). */
import { createContext, useContext } from "react";

export const InClassContext = createContext(false);
export const useInClass = (): boolean => useContext(InClassContext);
