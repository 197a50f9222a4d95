/// The `classify` command's output: one normalised post as one line of JSON,
/// `{"id","platform","author","created_at","text","hashtags":[],"services":[],"complaint":B,"complaint_score":X,
/// "why":[]}`.
public enum ClassifyLine {
  public static func json(_ post: Post) -> String {
    var out = "{\"id\":"
    JSONText.appendString(post.id, to: &out)
    out += ",\"platform\":\"\(post.platform.rawValue)\",\"author\":"
    JSONText.appendString(post.authorHandle, to: &out)
    out += ",\"created_at\":\"\(ISOTime.format(post.time))\",\"text\":"
    JSONText.appendString(post.text, to: &out)
    out += ",\"hashtags\":\(JSONText.array(post.hashtags)),\"services\":\(JSONText.array(post.services))"
    out += ",\"complaint\":\(post.complaint),\"complaint_score\":\(JSONText.number(post.complaintScore))"
    out += ",\"why\":\(JSONText.array(post.why))}"
    return out
  }
}
