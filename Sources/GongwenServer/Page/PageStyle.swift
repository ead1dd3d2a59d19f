/// The page's style sheet: readable type for Chinese text, one column, no web fonts.
enum PageStyle {
  static let source = """
    body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0; color: #222; background: #f6f6f4; line-height: 1.6; }
    header, main, footer { max-width: 860px; margin: 0 auto; padding: 0 16px; }
    header h1 { color: #b5121b; margin-bottom: 0; }
    nav { font-size: 90%; }
    section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 20px 16px; margin: 16px 0; }
    label { display: block; margin: 10px 0; }
    label.inline { display: inline-block; }
    select, input[type=file], textarea { display: block; margin-top: 4px; font: inherit; }
    textarea { width: 100%; box-sizing: border-box; }
    .buttons { margin: 12px 0; display: flex; flex-wrap: wrap; gap: 8px; }
    button { font: inherit; padding: 6px 14px; border: 1px solid #b5121b; background: #fff; color: #b5121b; border-radius: 4px; cursor: pointer; }
    button:hover { background: #b5121b; color: #fff; }
    progress { width: 100%; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
    ul.diagnostics { padding-left: 20px; }
    li.error strong { color: #b5121b; }
    li.warning strong { color: #a66b00; }
    .message { white-space: pre-wrap; font-family: monospace; font-size: 90%; }
    .hint { color: #555; font-size: 90%; }
    .good { color: #1b7a2e; font-weight: bold; }
    .bad { color: #b5121b; font-weight: bold; }
    .note { color: #666; font-size: 85%; }
    a.download { display: inline-block; margin: 6px 0; font-weight: bold; }
    #preview img { max-width: 100%; border: 1px solid #ccc; }
    footer { font-size: 85%; color: #777; padding-bottom: 24px; }
    """
}
