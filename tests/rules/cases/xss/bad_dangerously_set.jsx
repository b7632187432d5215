export function Bio({ user }) {
  return <div className="bio" dangerouslySetInnerHTML={{ __html: user.bioHtml }} />;
}
