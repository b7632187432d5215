export function compileRule(body: string): Function {
  return new Function("item", body);
}

export function schedule(widgetId: string): void {
  setTimeout("refreshWidget('" + widgetId + "')", 500);
}
