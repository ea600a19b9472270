/**
 * Pairs a child's baseline form with the follow-up form by the same informant, so that change can be measured:
 * which rows pair, which have no partner, which are in conflict (two baselines for one id, a follow-up dated
 * before its baseline), each with its reason; and whether the interval between the two falls in the follow-up
 * window HLT recommends (3&ndash;6 months).
 *
 * <p>Nothing here reads files: the CSV side is {@link se.hlt.assessment.csv.SdqPairsCsv}. Rows are given as
 * numbers (an id's number, a timepoint, a date as a day number), so that millions of them fit in memory.
 *
 * <p>Layer: domain. It may import {@code privacy} (the personal-number screen), {@code data} and {@code instrument}.
 * Never an adapter ({@code text}, {@code json}, {@code csv}), the CLI or a CSV library: file formats are the adapters'
 * business.
 */
package se.hlt.assessment.pairing;
