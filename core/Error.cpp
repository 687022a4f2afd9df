#include "Error.h"

namespace kz {

Error::Error(Kind kind, QString userMessage, QString detail)
    : std::runtime_error(userMessage.toStdString()), m_kind(kind), m_userMessage(std::move(userMessage)),
      m_detail(std::move(detail))
{}

} // namespace kz
