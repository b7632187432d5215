function load(text) {
  const data = JSON.parse(text);
  const add = new Function("a", "b", "return a + b");
  setTimeout(() => render(data), 100);
  setInterval(refresh, 1000);
  return eval("1 + 1") + add(1, 2);
}
