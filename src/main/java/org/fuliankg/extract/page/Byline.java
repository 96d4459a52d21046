package org.fuliankg.extract.page;

import java.util.List;
import org.fuliankg.domain.people.Reporter;

/**
 * A byline as found in a line of the normalised text: {@code 中国妇女报全媒体记者王佳/李萱 发自南京},
 * {@code 本报讯(记者 X 通讯员 Y)}, {@code 记者郑兴华 文/摄}.
 *
 * @param start     normalised index where the byline begins
 * @param end       normalised index where it ends (exclusive)
 * @param bodyStart where the item's text continues on the same line (== line end when nothing follows)
 * @param reporters the credited people, in order (empty for a bare 本报讯)
 * @param dateline  the place in 发自X (or 本报X月X日讯), else null
 * @param credit    what the names are credited for when stated (文/摄, 摄 …), else null
 */
public record Byline(int start, int end, int bodyStart, List<Reporter> reporters, String dateline, String credit) {

    /** A photo credit (摄, 摄影) under a picture, rather than the byline of an item. */
    boolean isPhotoCredit() {
        return credit != null && !credit.contains("文") && (credit.startsWith("摄") || credit.startsWith("攝"));
    }
}
