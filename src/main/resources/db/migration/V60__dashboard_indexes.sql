-- Dashboards: the own province's results of every index in one scan (the overview and the rank history).
create index index_result_jurisdiction_idx on index_result (jurisdiction_id, framework_id, year);
