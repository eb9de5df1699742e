/**
 * A piece of a scenario's UI that loads when a page shows it. The registry's parts hold these
 * instead of the components themselves, so a page that reads the registry (the game screen, the
 * start panel, the class screens) carries only the scenario screens, charts and stories it
 * shows, each in its own chunk, fetched the first time it renders.
 *
 * React.lazy under its own Suspense boundary: the same tree on the server (which waits for the
 * piece and sends its HTML) and in the browser (which keeps that HTML until the chunk arrives),
 * in server components (introductions, replay stories) as in client ones. No hooks and not
 * "use client": the part modules are read by server pages too. Tests render these with an
 * async renderer that waits for Suspense (react-dom/static), not renderToStaticMarkup.
 *
 * Client components are wrapped in a "use client" module (a scenario's lazy.tsx): a client
 * component that a server page's module graph reaches, even through import(), is loaded with
 * that page, so the server side must meet only the small wrapper module.
 */
import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from "react";

/** `load` imports the module and picks the component: `() => import("./Game").then((m) => m.Game)`. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyPart(props: P) {
    return createElement(Suspense, { fallback }, createElement(Lazy as ComponentType<P>, props));
  }
  return LazyPart;
}

/** The fallback of a piece that takes room (a game screen, a chart): one quiet line. */
export const LOADING: ReactNode = createElement("p", { role: "status", className: "text-sm text-slate-600" }, "Loading…");
