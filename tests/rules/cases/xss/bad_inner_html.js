function showComment(comment) {
  const box = document.getElementById("comments");
  box.innerHTML = `<p class="c">${comment.text}</p>`;
  document.write("<h2>" + location.hash.slice(1) + "</h2>");
}
