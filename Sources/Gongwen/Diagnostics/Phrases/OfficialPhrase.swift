import GongwenTemplate

/// Why an official document's type needs an element (`convert` warns when the text lacks it).
package enum OfficialPhrase: String, PhraseText {
  case signer, contactInNote, addressee, attendance, everyDocument

  package var texts: (english: String, chinese: String) {
    switch self {
    case .signer: ("an upward document names who signed it (GB/T 9704 7.2.6)", "上行文须标注签发人（GB/T 9704 7.2.6）")
    case .contactInNote: ("a 请示 gives its contact person and telephone in the 附注", "请示应在附注中写明联系人和电话")
    case .addressee: ("the agency addressed stands under the title, ending in ：", "主送机关写在标题之下，以全角冒号结尾")
    case .attendance: ("a 纪要 lists who attended", "纪要应列出出席人员")
    case .everyDocument: ("GB/T 9704 places it in every {type}", "GB/T 9704 规定每份{type}都应有此项")
    }
  }
}
