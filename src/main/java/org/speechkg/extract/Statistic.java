package org.speechkg.extract;

import java.math.BigDecimal;

/**
 * A number the speech reports.
 *
 * @param counted       what is counted (the phrase before the number, as written)
 * @param value         the value, with 万/亿 multiplied out
 * @param unit          the measure word or unit (起, 名, 个, 人, 天, %…)
 * @param approximate   true for 余/多/近/约 values
 * @param surface       the quantity as written in the original text
 * @param sentence      index of the sentence
 * @param start         start offset (normalised text)
 * @param end           end offset (normalised text)
 * @param originalStart start offset (original text)
 * @param originalEnd   end offset (original text)
 * @param breakdownOf   index (within the speech's statistics) of the total this quantity is a part of
 */
public record Statistic(String counted, BigDecimal value, String unit, boolean approximate, String surface,
                        int sentence, int start, int end, int originalStart, int originalEnd,
                        java.util.Optional<Integer> breakdownOf) {}
