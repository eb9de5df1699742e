/** The home page's introduction to Falcon (a server component): the three poisons of a plain timeout, and how Falcon's spies escape them. */
import { FALCON_TITLE } from "@/server/engine/falcon/words";
import { FalconPicture } from "./FalconPicture";

export function FalconIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">{FALCON_TITLE}</h1>
      <FalconPicture label="A service stacked in four layers (application, operating system, virtual machine, network switch), a spy beside each layer, and the monitor receiving heartbeats" />
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          A real failure detector watches a service through heartbeats. When they stop, is it dead, or only slow, or cut off by the network? An end-to-end
          timeout cannot tell, so it makes you <strong>choose your poison</strong>:
        </p>
        <ul className="list-disc pl-5">
          <li>
            <strong>Slow detection</strong>: a long timeout waits out every pause, and a real crash goes unnoticed for seconds.
          </li>
          <li>
            <strong>Lost accuracy</strong>: a short timeout declares a process failed while it was only paused or partitioned.
          </li>
          <li>
            <strong>Intrusive kills</strong>: to make the suspicion true, you kill what might have been alive.
          </li>
        </ul>
        <p>
          Falcon (Leners et al., SOSP 2011) escapes by putting a <strong>spy</strong> inside each layer, watched by the layer below: the OS knows whether its
          process is gone, the hypervisor whether its OS panicked. A spy that says &ldquo;down&rdquo; is certain; a hung application is killed to make it so;
          during a partition the right move is to wait.
        </p>
        <p>
          You are the operator: set the timeout, ask the spies (each costs), kill a layer, declare the service failed. Score: 1000, less 20 a second of
          detection, 100 a missed failure, 150 a live process declared or killed, and the spies&rsquo; cost. At the end you see your game beside a short
          timeout, a long timeout and Falcon on the very same fault timeline.
        </p>
      </div>
    </section>
  );
}
