/** The server's HTML renders as not yet live, so start buttons arrive disabled until React takes over. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useHydrated } from "./useHydrated";

function Probe() {
  return createElement("button", { disabled: !useHydrated() }, "Start");
}

describe("useHydrated", () => {
  it("is false in the server's render", () => {
    expect(renderToStaticMarkup(createElement(Probe))).toBe('<button disabled="">Start</button>');
  });
});
