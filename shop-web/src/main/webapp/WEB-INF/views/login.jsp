<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="login.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="login.title"/></h1>
<form method="post" action="${ctx}/login" class="form" id="login-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="next" value="${fn:escapeXml(next)}">
  <m:field name="loginId" label="join.loginId" maxlength="30" autocomplete="username"/>
  <m:field name="password" label="join.password" type="password" autocomplete="current-password"/>
  <button type="submit" class="primary" id="login-submit"><fmt:message key="login.submit"/></button>
</form>
<p><fmt:message key="login.noAccount"/> <a href="${ctx}/join"><fmt:message key="nav.join"/></a></p>
<%@ include file="footer.jspf" %>
