<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="nav.logout" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="logout.confirm"/></h1>
<form method="post" action="${ctx}/logout"><input type="hidden" name="_csrf" value="${csrf}">
  <button type="submit" class="primary"><fmt:message key="nav.logout"/></button></form>
<%@ include file="footer.jspf" %>
