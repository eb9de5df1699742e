import type { ClassUi } from "../classUi";

export const classroom: ClassUi = {};
