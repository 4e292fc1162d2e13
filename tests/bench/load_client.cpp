// load_client: the HTTP load generator of load_server.py. N client threads,
// each on its own keep-alive connection, send GET requests for the paths of a
// file (dealt round-robin) and time each answer. A C++ client, because the
// Python one used about half a core on this 2-core machine, CPU the server
// under test then could not have.
//
//   load_client --port P --paths FILE [--clients N]
//
// Prints one JSON object: wall_s, client_cpu_s, errors, latencies_ms (sorted).
#include <CLI/CLI.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

double process_cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct ClientResult {
    std::vector<double> latencies_ms;
    size_t errors = 0;
};

// One client: its share of the paths over one keep-alive connection. A
// non-200 answer or one that is not a JSON object counts as an error.
ClientResult run_client(int port, const std::vector<std::string>& paths, size_t first, size_t step) {
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_url_encode(false);  // the paths are encoded already
    client.set_read_timeout(60, 0);
    ClientResult result;
    for (size_t i = first; i < paths.size(); i += step) {
        auto start = std::chrono::steady_clock::now();
        auto answer = client.Get(paths[i]);
        std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        result.latencies_ms.push_back(took.count());
        if (!answer || answer->status != 200 || answer->body.empty() || answer->body.front() != '{') {
            if (result.errors++ < 3)  // a few on stderr, so an error rate can be explained
                std::cerr << "error: " << (answer ? std::to_string(answer->status) : httplib::to_string(answer.error()))
                          << " for " << paths[i] << '\n';
        }
    }
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"HTTP load client for load_server.py: GET each path of a file from N keep-alive connections"};
    int port = 0;
    std::string paths_file;
    size_t clients = 1;
    app.add_option("--port", port, "Server port on 127.0.0.1")->required()->check(CLI::Range(1, 65535));
    app.add_option("--paths", paths_file, "Request paths, one per line")->required()->check(CLI::ExistingFile);
    app.add_option("--clients", clients, "Concurrent clients")->check(CLI::Range(1, 1024));
    CLI11_PARSE(app, argc, argv);

    std::vector<std::string> paths;
    std::ifstream in(paths_file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) paths.push_back(line);

    std::vector<ClientResult> results(clients);
    double cpu_before = process_cpu_seconds();
    auto start = std::chrono::steady_clock::now();
    {
        std::vector<std::jthread> threads;
        for (size_t c = 0; c < clients; ++c)
            threads.emplace_back([&, c] { results[c] = run_client(port, paths, c, clients); });
    }
    std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;

    nlohmann::json out{{"wall_s", wall.count()}, {"client_cpu_s", process_cpu_seconds() - cpu_before}};
    std::vector<double> latencies;
    size_t errors = 0;
    for (const auto& r : results) {
        latencies.insert(latencies.end(), r.latencies_ms.begin(), r.latencies_ms.end());
        errors += r.errors;
    }
    std::sort(latencies.begin(), latencies.end());
    out["errors"] = errors;
    out["latencies_ms"] = latencies;
    std::cout << out.dump() << '\n';
    return 0;
}
