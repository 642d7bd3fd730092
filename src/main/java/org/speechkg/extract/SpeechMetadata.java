package org.speechkg.extract;

import java.util.List;
import java.util.Optional;

/**
 * What a speech says about itself.
 *
 * @param title       the title line
 * @param genre       the kind of text (交流发言, 工作总结, 民主生活会发言提纲…), if the text says
 * @param years       years mentioned (four-digit, 1921–2100), in order of first mention
 * @param dates       dates mentioned (as ISO yyyy-MM-dd or --MM-dd when no year), in order
 * @param speakerRole the speaker's role where the text states it (政法委书记…)
 * @param level       the administrative level of the speaker's body (省/市/县/区/镇…)
 * @param body        the body the text speaks for, when it is a body's own report (not a personal speech)
 */
public record SpeechMetadata(String title, Optional<String> genre, List<Integer> years, List<String> dates,
                             Optional<String> speakerRole, Optional<String> level, Optional<SpeakerBody> body) {
    public SpeechMetadata {
        years = List.copyOf(years);
        dates = List.copyOf(dates);
    }
}
