package lv.socialais.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * When the social service must decide: the type's number of days from the day of receipt,
 * counted in calendar days or in Latvian working days (weekends and public holidays excluded).
 * A calendar deadline that falls on a day off moves to the next working day, as the
 * Administrative Procedure Law counts time limits.
 */
public final class DecisionDeadline {

    /** Dates and deadlines are in Latvia's time. */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1),
            MonthDay.of(5, 4),
            MonthDay.of(6, 23),
            MonthDay.of(6, 24),
            MonthDay.of(11, 18),
            MonthDay.of(12, 24),
            MonthDay.of(12, 25),
            MonthDay.of(12, 26),
            MonthDay.of(12, 31));

    private DecisionDeadline() {}

    public static LocalDate from(LocalDate receivedOn, int days, boolean workDays) {
        if (!workDays) {
            return nextWorkingDayFrom(receivedOn.plusDays(days));
        }
        LocalDate date = receivedOn;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    private static LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /**
     * Latvia's public holidays: the fixed ones, Good Friday and Easter Monday, and the Monday
     * after 4 May or 18 November when these fall on a weekend.
     */
    public static boolean isPublicHoliday(LocalDate date) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        if (date.equals(easter.minusDays(2)) || date.equals(easter.plusDays(1))) {
            return true;
        }
        return date.getDayOfWeek() == DayOfWeek.MONDAY
                && (isWeekendTransfer(date, 5, 4) || isWeekendTransfer(date, 11, 18));
    }

    private static boolean isWeekendTransfer(LocalDate monday, int month, int day) {
        LocalDate holiday = LocalDate.of(monday.getYear(), month, day);
        DayOfWeek weekday = holiday.getDayOfWeek();
        return (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY)
                && monday.isAfter(holiday)
                && monday.isBefore(holiday.plusDays(3));
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
