// A grey block of fixed height, so the layout does not jump when data arrives.
export function Skeleton({ height, label }: { height: number | string; label?: string }) {
  return (
    <div className="skeleton" style={{ blockSize: height }} role={label ? 'status' : undefined} aria-busy="true">
      {label ? <span className="visually-hidden">{label}</span> : null}
    </div>
  );
}
