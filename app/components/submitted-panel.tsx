/** The green panel at the top of a confirmation page: sent, and the reference to quote. */
export function SubmittedPanel({ title, referenceLabel, reference }: { title: string; referenceLabel: string; reference: string }) {
  return (
    <div className="meedoen-panel" role="status">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="meedoen-panel__reference">
        {referenceLabel}
        <br />
        <strong dir="ltr">{reference}</strong>
      </p>
    </div>
  );
}
