/** The home page's introduction to FLP (a server component). */
export function FlpIntro() {
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-bold">FLP: the adversary who keeps the decision open</h1>
      <p>Fischer, Lynch and Paterson proved that no deterministic protocol can guarantee consensus in an asynchronous system if one process may crash. Here you are the scheduler of their proof.</p>
    </section>
  );
}
