-- Reporting's stamp of a period (ReportsStamp: how many reports, the sum of their versions) is read on every view of the
-- period's page and of its consolidated report. It read every report row of the period: ~250 rows on as many heap pages
-- in the large data set, 0.4 ms each time; and since that plan costed more for "any period" than for the period asked,
-- PostgreSQL planned the statement again on every execution (another 0.17 ms). From this index the counts come by an
-- index-only scan of a few pages, and the plan kept for the prepared statement is used as it is.
create index unit_report_period_versions on unit_report (period_id) include (version);
