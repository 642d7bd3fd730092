package org.speechkg.extract;

import java.math.BigDecimal;

/**
 * A number as written in one sentence, read by {@link QuantityReader}: its span, its value with 万/亿
 * multiplied out, and its unit.
 *
 * @param start       start offset in the sentence
 * @param end         end offset in the sentence (after the unit and any 以上/左右)
 * @param value       the value (万, 亿, 万亿 multiplied out)
 * @param unit        the unit reported (元, 人, %, 个百分点…), or null when only a multiplier was written
 *                    (3300万) and the unit must be read from the context
 * @param approximate true for 余/多/近/约/超过/以上/左右 values
 * @param numeralEnd  end offset of the number with its multiplier and 多/余, where the unit begins
 */
record Quantity(int start, int end, BigDecimal value, String unit, boolean approximate, int numeralEnd) {

    Quantity withUnit(String u) {
        return new Quantity(start, end, value, u, approximate, numeralEnd);
    }

    boolean hasUnit() {
        return unit != null;
    }
}
