package org.factcheck.text.dates;

/** A clock time in the text: {@code 11:32 Uhr}, {@code 9.30 Uhr}, {@code 20 Uhr}. */
public record TimeOfDay(int start, int end, int hour, int minute) {
}
