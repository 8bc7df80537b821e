// ICU MessageFormat with named arguments, in an explicit time zone.
#include "Shim.hpp"

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/timezone.h>

#include <mutex>
#include <new>
#include <utility>
#include <vector>

using namespace icu;

struct LocGenMessage {
    MessageFormat *format;
    TimeZone *zone;
    // Whether the message's lazily made default date format (for `{d}` given a date) exists yet.
    bool hasDefaultDateFormat;
    // Argument names set once by locgen_message_set_argument_names.
    std::vector<UnicodeString> names;
};

namespace {

// MessageFormat makes its date formats with ICU's default time zone, and has no API to set one for
// formats nested in plural or select cases. So the shim sets the default zone while a message builds
// them, under this lock, and puts the previous default back. Every other formatter in locgen passes
// its zone explicitly and never reads the default.
std::mutex defaultZoneLock;

template <typename Body> auto withDefaultZone(const TimeZone &zone, Body body) -> decltype(body()) {
    std::lock_guard<std::mutex> guard(defaultZoneLock);
    TimeZone *previous = TimeZone::createDefault();
    TimeZone::setDefault(zone);
    auto result = body();
    TimeZone::adoptDefault(previous);
    return result;
}

}  // namespace

extern "C" int32_t locgen_message_open(const char *localeID, const char *pattern, int32_t patternLength,
                                       const char *zoneID, LocGenMessage **message, int32_t *errorOffset) {
    *message = nullptr;
    *errorOffset = -1;
    LOCGEN_GUARD({
        TimeZone *zone = TimeZone::createTimeZone(UnicodeString::fromUTF8(zoneID));
        UnicodeString patternText = locgen::fromUTF8(pattern, patternLength);
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        parseError.offset = -1;
        MessageFormat *format = withDefaultZone(*zone, [&] {
            return new MessageFormat(patternText, Locale(localeID), parseError, status);
        });
        if (U_FAILURE(status)) {
            *errorOffset = parseError.offset;
            delete format;
            delete zone;
            return status;
        }
        *message = new LocGenMessage{format, zone, false, {}};
        return status;
    })
}

extern "C" void locgen_message_close(LocGenMessage *message) {
    if (message != nullptr) {
        delete message->format;
        delete message->zone;
        delete message;
    }
}

extern "C" int32_t locgen_message_set_argument_names(LocGenMessage *message, const char *const *names,
                                                     const int32_t *nameLengths, int32_t count) {
    LOCGEN_GUARD({
        message->names.clear();
        for (int32_t index = 0; index < count; ++index) {
            message->names.push_back(locgen::fromUTF8(names[index], nameLengths[index]));
        }
        return U_ZERO_ERROR;
    })
}

namespace {

// Most messages have a few arguments; up to this many are laid out on the stack.
constexpr int32_t kStackArguments = 8;

/// Room for `count` objects on the stack (or the heap past kStackArguments), constructed one by one
/// with emplace and destroyed in the destructor, so unused slots cost nothing.
template <typename Element> class ArgumentStorage {
  public:
    explicit ArgumentStorage(int32_t count)
        : elements(count <= kStackArguments ? reinterpret_cast<Element *>(stack)
                                            : static_cast<Element *>(::operator new(sizeof(Element) * count))),
          isOnHeap(count > kStackArguments) {}
    ArgumentStorage(const ArgumentStorage &) = delete;
    ArgumentStorage &operator=(const ArgumentStorage &) = delete;
    ~ArgumentStorage() {
        for (int32_t index = 0; index < size; ++index) {
            elements[index].~Element();
        }
        if (isOnHeap) {
            ::operator delete(elements);
        }
    }
    template <typename... Arguments> void emplace(Arguments &&...arguments) {
        new (&elements[size]) Element(std::forward<Arguments>(arguments)...);
        ++size;
    }
    Element *data() { return elements; }

  private:
    alignas(Element) unsigned char stack[sizeof(Element) * kStackArguments];
    Element *elements;
    bool isOnHeap;
    int32_t size = 0;
};

}  // namespace

extern "C" int32_t locgen_message_format(LocGenMessage *message, const LocGenArgument *arguments, int32_t count,
                                         char *out, int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        ArgumentStorage<UnicodeString> names(count);
        ArgumentStorage<Formattable> values(count);
        const UnicodeString *preset = nullptr;
        bool hasDate = false;
        UErrorCode status = U_ZERO_ERROR;
        for (int32_t index = 0; index < count; ++index) {
            const LocGenArgument &argument = arguments[index];
            if (argument.name == nullptr) {
                if (static_cast<size_t>(index) >= message->names.size()) {
                    return U_ILLEGAL_ARGUMENT_ERROR;
                }
                preset = message->names.data();
            } else {
                names.emplace(locgen::fromUTF8(argument.name, argument.nameLength));
            }
            switch (argument.type) {
            case LOCGEN_ARGUMENT_DOUBLE: values.emplace(argument.number); break;
            case LOCGEN_ARGUMENT_DECIMAL: values.emplace(StringPiece(argument.text, argument.textLength), status); break;
            case LOCGEN_ARGUMENT_DATE:
                values.emplace(static_cast<UDate>(argument.number), Formattable::kIsDate);
                hasDate = true;
                break;
            case LOCGEN_ARGUMENT_STRING: values.emplace(locgen::fromUTF8(argument.text, argument.textLength)); break;
            default: return U_ILLEGAL_ARGUMENT_ERROR;
            }
            if (U_FAILURE(status)) {
                return status;
            }
        }
        // Either every name is preset (NULL names) or every name was given.
        const UnicodeString *argumentNames = preset != nullptr ? preset : names.data();
        UnicodeString text;
        auto format = [&] {
            message->format->format(argumentNames, values.data(), count, text, status);
            return 0;
        };
        if (hasDate && !message->hasDefaultDateFormat) {
            // The first date formatted through `{d}` makes the default date format: in our zone.
            withDefaultZone(*message->zone, format);
            message->hasDefaultDateFormat = true;
        } else {
            format();
        }
        if (U_FAILURE(status)) {
            return status;
        }
        return locgen::writeUTF8(text, out, capacity, length);
    })
}
