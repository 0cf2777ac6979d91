// The header's icons drawn in a few strokes, sized and coloured as antd's icons: antd's outlined icons (their paths
// and wrapper) cost the first visit about 110 B brotli more each, and the visit is within a few hundred bytes of
// its budget.
export const strokeIcon = (d: string) => (
  <span className="anticon">
    <svg
      aria-hidden="true"
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d={d} />
    </svg>
  </span>
);
