package org.speechkg.extract;

import java.util.Optional;

/**
 * The body a text speaks for: the author of a government work report (国务院, 海南省人民政府), of an
 * institution's report on itself (南开大学党委) or of a unit's summary. In such a text the verbs without a
 * stated subject, and those whose subject is 我们/我省/我校, have this body as subject, and internal units
 * written without their owner (党委组织部, 学校纪委) belong to it. A leader's personal speech has none.
 *
 * @param label       the body's canonical label (海南省人民政府, 南开大学党委)
 * @param level       its level: 国家, 省, 市, 县, 区, 镇, 乡, or 单位 for an institution (a school, a university)
 * @param institution the institution the body leads, when the body is its party committee or its leadership
 *                    (南开大学 for 南开大学党委); the body itself when it is the institution
 * @param surface     how the text names the body where it first does so (中共南开大学委员会, 海南省人民政府)
 */
public record SpeakerBody(String label, String level, Optional<String> institution, String surface) {

    /** True for a people's government or the State Council. */
    public boolean isGovernment() {
        return label.endsWith("政府") || label.equals("国务院");
    }

    /** The institution's party committee (南开大学党委), when the body speaks for an institution. */
    public Optional<String> partyCommittee() {
        return institution.map(i -> label.endsWith("党委") ? label : i + "党委");
    }
}
