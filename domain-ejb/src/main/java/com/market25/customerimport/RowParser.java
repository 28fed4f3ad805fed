package com.market25.customerimport;

import java.util.List;

/**
 * Turns one line (its cells) of an import file into a staged row or into the problems of that
 * line. A line with any problem is rejected as a whole and staged not at all, so the report and
 * the import never both hold it.
 */
interface RowParser {

    /** Adds the line's row to {@code rows} or its problems to {@code rejects}. */
    void parse(int line, List<String> cells, List<StagedRow> rows, List<Reject> rejects);

    /** Checks the length of a text field; adds the problem and answers false when it is too long. */
    static boolean fits(int line, String column, String value, int max, List<Reject> rejects) {
        if (value != null && value.length() > max) {
            rejects.add(new Reject(line, column, "import.reject.tooLong:" + max, value));
            return false;
        }
        return true;
    }
}
