/// The version of Gongwen.
public enum GongwenVersion {
  public static let current = "0.1.0"
}
