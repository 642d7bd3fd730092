package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
    @Test
    void readsPlacesAndMultipliers() {
        assertThat(ChineseNumerals.parse("十二")).isEqualByComparingTo("12");
        assertThat(ChineseNumerals.parse("三十五")).isEqualByComparingTo("35");
        assertThat(ChineseNumerals.parse("两千")).isEqualByComparingTo("2000");
        assertThat(ChineseNumerals.parse("三百零五")).isEqualByComparingTo("305");
        assertThat(ChineseNumerals.parse("一万二千")).isEqualByComparingTo("12000");
        assertThat(ChineseNumerals.parse("百亿")).isEqualByComparingTo("10000000000");
        assertThat(ChineseNumerals.parse("十万亿")).isEqualByComparingTo("10000000000000");
    }

    @Test
    void digitStringsAreNotNumbers() {
        assertThat(ChineseNumerals.parse("二〇二三")).isNull();
        assertThat(ChineseNumerals.parse("一一")).isNull();
        assertThat(ChineseNumerals.parse("十十")).isNull();
    }
}
