/**
 * A whole screen that says one thing: the class is opening, can't be opened, or is over.
 * `narrow` for a student's phone, `tone="rose"` when the news is bad for them.
 */
export function Notice({ title, children, tone, narrow }: { title: string; children?: React.ReactNode; tone?: "rose"; narrow?: boolean }) {
  return (
    <div className={`mx-auto ${narrow ? "max-w-md" : "max-w-xl"} px-4 py-16 grid gap-3 text-center`}>
      <h1 className={tone === "rose" ? "text-2xl font-bold text-rose-800" : "text-2xl font-bold"}>{title}</h1>
      {children && <p className="text-slate-600">{children}</p>}
    </div>
  );
}
