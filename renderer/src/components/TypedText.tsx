// Text the person typed, wherever it is shown or printed: isolated from the app's own text around it
// (<bdi>: its own direction, found from its first strong letter), so a right-to-left phrase, or a
// typed bracket or number, cannot reorder the sentence or list it sits in.
interface Props {
  children: string;
  className?: string;
}

export function TypedText({ children, className }: Props) {
  return (
    <bdi dir="auto" className={className ? `typed-text ${className}` : 'typed-text'}>
      {children}
    </bdi>
  );
}
