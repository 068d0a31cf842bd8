#pragma once

namespace SyncLens::Bench {

// `report [--items N] [--users U] [--org FILE]`: the policy report (issue 18)
// of a sandbox org (seed 7; 50 users and 1,000,000 items by default, made in
// a temporary folder unless --org names one). Times gathering the report and
// writing it as HTML, and gathering it and writing it as PDF (A4). Keys:
// html_ms, pdf_ms (each from the open store to the bytes), gather_ms,
// pdf_pages, html_bytes, users, goal_ms (10,000).
void registerReportBenchmark();

} // namespace SyncLens::Bench
