package vn.reformtrack.unitindex;

import java.time.LocalDate;

/**
 * The People's Committee's decision that publishes the results: its number and symbol ({@code 125/QĐ-UBND}), date,
 * and who signs it with their title ("KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH", one per line).
 */
public record Decision(String number, LocalDate date, String signer, String signerTitle) {}
