#include "reports/write_reports.h"

#include "reports/output_file.h"

namespace upgrade_risk::reports {

std::vector<std::string> write_reports(const std::vector<ReportRequest>& requests,
                                       const ReportInput& input, const std::string& protected_path,
                                       const ReportStarting& starting,
                                       const std::vector<ExtraFile>& extra) {
    std::vector<std::string> paths;
    for (const ExtraFile& file : extra) paths.push_back(file.path);
    for (const ReportRequest& request : requests) paths.push_back(request.path);
    OutputBatch batch(protected_path);
    std::vector<std::string> errors = batch.open(paths);
    const bool refused = !errors.empty();
    ReportSink discard(ReportSink::Discard{});
    for (std::size_t i = 0; i < extra.size() && !refused; ++i) batch.sink(i).append(extra[i].content);
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (starting) starting(requests[i].format->name);
        ReportSink& sink = refused ? discard : batch.sink(extra.size() + i);
        sink.start();
        if (const auto error = requests[i].format->render(input, sink)) {
            errors.push_back(std::string(requests[i].format->name) + " report: " + *error);
        }
        // The file's last bytes now, and its buffer's memory back for the next report; it is
        // synced and renamed into place with the others.
        sink.finish();
    }
    // Nothing is renamed into place unless every report rendered.
    if (errors.empty()) errors = batch.commit();
    return errors;
}

}  // namespace upgrade_risk::reports
