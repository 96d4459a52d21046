package org.fuliankg.domain.people;

/**
 * What the text says happened to a post: only stated as held, or an event such as an election. Codes are
 * lower-case with hyphens ({@code re-elected}).
 */
public enum PostEvent {
    /** held at the time of the text, no event named: 省妇联主席某某 */
    STATED,
    /** 当选, 选举…为 */
    ELECTED,
    /** 连任, 再次当选 */
    REELECTED,
    /** 任命, 任, 被任命为 */
    APPOINTED,
    /** 代理, 代主席 */
    ACTING,
    /** 原, 前, 曾任: held before the time of the text */
    FORMER;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT).replace("reelected", "re-elected"); }
}
