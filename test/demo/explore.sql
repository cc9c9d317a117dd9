-- make demo, last: what to try next (printed after the folder is loaded).
\echo
\echo '== 10. 继续探索 / Keep exploring =='
\echo '   make demo-psql   runs this script, then opens psql on the same throwaway database. Try:'
\echo '     SELECT * FROM gd_audit WHERE organ LIKE ''青枫区%'';'
\echo '     SELECT row_no, label, natural_person, total FROM gd_reports, gd_table(applications)'
\echo '       WHERE organ = ''白桦区自然资源局'' AND year = 2023;'
\echo '     SELECT gd_render(gd_report_of(g), ''markdown'') FROM gd_reports g WHERE organ = ''北泠市人民政府'' AND year = 2024;'
\echo '     SELECT gd_render(report, ''html'') FROM demo_combined;        -- the 2025 sum as the official tables'
\echo '     SELECT region_code, round(gd_outcome_share(sum(gd_fill_totals(applications)), ''unavailable''), 3)'
\echo '       FROM gd_reports WHERE year = 2025 GROUP BY 1 ORDER BY 2 DESC;      -- share 无法提供 by district'
\echo '   Tables: gd_reports, gd_audit (view), demo_regions, demo_organs, demo_injected, demo_combined.'
\echo
