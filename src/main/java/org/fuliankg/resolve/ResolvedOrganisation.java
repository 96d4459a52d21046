package org.fuliankg.resolve;

import org.fuliankg.domain.org.Organisation;

/**
 * An organisation in its canonical form with the key that identifies it across documents.
 *
 * @param organisation             canonical name, type, level and region
 * @param key                      stable identity, e.g. {@code 510100-妇联} or {@code 中国妇女发展基金会}
 * @param administrativeFederation true for the federation of an administrative division (全国妇联, 四川省妇联,
 *                                 成都市妇联, 富顺县妇联): these form the hierarchy under 全国妇联
 */
public record ResolvedOrganisation(Organisation organisation, String key, boolean administrativeFederation) {

    public String name() {
        return organisation.name();
    }
}
