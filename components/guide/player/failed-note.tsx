/** Said where the phone stays drawn because the live player could not load or broke. */
export function FailedNote({ text }: { text: string }) {
  return (
    <p role="alert" className="mx-auto mt-3 max-w-md rounded-xl border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      {text}
    </p>
  );
}
