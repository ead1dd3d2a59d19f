import Foundation
import GongwenTemplate

/// The cause of a failed system call, in words a person reads.
package enum SystemPhrase: String, PhraseText {
  case permissionDenied, noSpace, quotaUsedUp, readOnly, notAFolder, nameTooLong, noSuchFolderOnTheWay, isAFolder
  case noSuchFile, other

  package var texts: (english: String, chinese: String) {
    switch self {
    case .permissionDenied: ("permission denied", "权限不足")
    case .noSpace: ("no space left on the device", "设备上没有剩余空间")
    case .quotaUsedUp: ("the disk quota is used up", "磁盘配额已用完")
    case .readOnly: ("the file system is read-only", "文件系统是只读的")
    case .notAFolder: ("a file stands where a folder should be", "此处应是文件夹，却是文件")
    case .nameTooLong: ("the name is too long", "名称太长")
    case .noSuchFolderOnTheWay: ("a folder on the way does not exist", "路径上的某个文件夹不存在")
    case .isAFolder: ("is a directory", "这是文件夹")
    case .noSuchFile: ("no such file or folder", "文件或文件夹不存在")
    case .other: ("{text}", "系统错误：{text}")
    }
  }

  /// The cause of a failure with errno `code`: a phrase for the common ones, the C library's text
  /// (marked as a system error in Chinese) for the others.
  package static func cause(errno code: Int32) -> Phrase {
    switch code {
    case EACCES, EPERM: return Phrase(SystemPhrase.permissionDenied)
    case ENOSPC: return Phrase(SystemPhrase.noSpace)
    case EDQUOT: return Phrase(SystemPhrase.quotaUsedUp)
    case EROFS: return Phrase(SystemPhrase.readOnly)
    case ENOTDIR: return Phrase(SystemPhrase.notAFolder)
    case ENAMETOOLONG: return Phrase(SystemPhrase.nameTooLong)
    case ENOENT: return Phrase(SystemPhrase.noSuchFile)
    case EISDIR: return Phrase(SystemPhrase.isAFolder)
    default: return Phrase(SystemPhrase.other, texts: ["text": String(cString: strerror(code)).lowercased()])
    }
  }
}
