// libFuzzer target: see entry_points.h.
#include "tests/fuzz/entry_points.h"

// Loads the entity model (and for the query target indexes corpus/) before
// libFuzzer starts timing inputs: an empty input does it.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    telusur::fuzz::jsonl_reader(nullptr, 0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    telusur::fuzz::jsonl_reader(data, size);
    return 0;
}
