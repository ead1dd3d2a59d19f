import GongwenTemplate

/// What `check-format` expects and finds of the 版记 (GB/T 9704-2012 7.4).
enum FormatImprintPhrase: String, PhraseText {
  // expected
  case rules, onBottomEdge, font, copyIndent, imprintIndent
  // found
  case rulesOf, placedElsewhere, copyAt, imprintAt

  var texts: (english: String, chinese: String) {
    switch self {
    case .rules: ("the 版记's rules: first and last 0.35 mm, those between 0.25 mm (7.4)", "版记分隔线：首条和末条 0.35 mm，中间 0.25 mm（7.4）")
    case .onBottomEdge: ("the last rule on the bottom edge of the type area (7.4)", "末条分隔线与版心下边缘重合（7.4）")
    case .font: ("4号仿宋 (14 pt 仿宋)", "4号仿宋（14 磅仿宋）")
    case .copyIndent: ("“抄送：” 1 字 in from the left, wrapped lines after the colon (7.4.2)", "“抄送：”左空 1 字，回行与冒号后首字对齐（7.4.2）")
    case .imprintIndent: ("the 印发机关 1 字 in from the left, the 印发日期 1 字 in from the right (7.4.3)", "印发机关左空 1 字，印发日期右空 1 字（7.4.3）")
    case .rulesOf: ("rules of {x} mm", "分隔线粗 {x} mm")
    case .placedElsewhere: ("placed elsewhere", "位置不在版心下边缘")
    case .copyAt: ("“抄送：” {n} 字 from the left, wrapped lines at {w} 字", "“抄送：”左空 {n} 字，回行位于 {w} 字")
    case .imprintAt: ("印发机关 {l} 字 from the left, 印发日期 {r} 字 from the right", "印发机关左空 {l} 字，印发日期右空 {r} 字")
    }
  }
}
