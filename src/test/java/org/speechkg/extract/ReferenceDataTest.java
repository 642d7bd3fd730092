package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceDataTest {
    private final ReferenceData data = ReferenceData.standard();

    @ParameterizedTest
    @ValueSource(strings = {"divisions.tsv", "countries.tsv"})
    void resourcesRecordTheirProvenance(String resource) {
        String header = String.join("\n", ReferenceData.provenance(resource));
        assertThat(header).containsPattern("npm package [a-z0-9-]+ \\d+\\.\\d+\\.\\d+ \\(licence MIT\\)")
                .contains("scripts/reference/build.sh").contains("Columns");
    }

    @Test
    void loadsDivisionsDownToTownshipsAndCountries() {
        assertThat(data.size()).isGreaterThan(30_000);
        assertThat(data.lookup("美国")).map(ReferenceData.Name::level).contains(ReferenceData.Level.COUNTRY);
        assertThat(data.lookup("朱家角镇")).map(ReferenceData.Name::level).contains(ReferenceData.Level.TOWNSHIP);
    }

    @Test
    void shortFormsMapToTheirLabel() {
        assertThat(data.lookup("延边朝鲜族自治州")).map(ReferenceData.Name::label).contains("延边");
        assertThat(data.lookup("广西壮族自治区")).map(ReferenceData.Name::label).contains("广西");
        assertThat(data.lookup("儋州市")).map(ReferenceData.Name::label).contains("儋州");
        assertThat(data.lookup("儋州")).map(ReferenceData.Name::alone).contains(true);
    }

    @Test
    void commonWordsNeedContextOrAreLeftOut() {
        assertThat(data.lookup("城区")).isEmpty();
        assertThat(data.lookup("合作")).map(ReferenceData.Name::alone).contains(false);
        assertThat(data.lookup("祥云")).map(ReferenceData.Name::alone).contains(false);
    }

    @Test
    void regionIsTheProvinceNamedMost() {
        assertThat(data.regionOf("云南省召开会议。云南各地积极响应，北京派员参加。")).containsExactly("53");
        assertThat(data.regionOf("北京、上海、广东各有一例。")).isEmpty();
    }
}
