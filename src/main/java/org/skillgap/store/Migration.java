package org.skillgap.store;

import java.util.List;

/**
 * One numbered step of the schema. It runs once, in order, in the same transaction that records
 * its number as the database's user_version.
 *
 * @param version     the user_version the database has after this step; steps are numbered 1, 2, 3...
 * @param description what the step is for, for the log
 * @param statements  SQL run in order; never edited once released, since databases already carry it
 */
record Migration(int version, String description, List<String> statements) {

    Migration {
        statements = List.copyOf(statements);
    }
}
