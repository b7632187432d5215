import DOMPurify from "dompurify";

export function Bio({ user }) {
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(user.bioHtml) }} />;
}

export function show(el, comment) {
  el.textContent = comment.text;
  el.innerHTML = "";
  el.innerHTML = DOMPurify.sanitize(comment.html);
  el.insertAdjacentHTML("beforeend", "<hr/>");
}
