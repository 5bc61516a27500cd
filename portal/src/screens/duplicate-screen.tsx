// TODO(#7): this screen is being built.
export default function DuplicateScreen({ params }: { params: string[] }) {
  return <p className="page-message">{params.join('/')}</p>;
}
