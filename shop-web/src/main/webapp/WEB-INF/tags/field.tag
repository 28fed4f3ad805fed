<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="type" %>
<%@ attribute name="maxlength" %>
<%@ attribute name="placeholder" %>
<%@ attribute name="autocomplete" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="m" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<div class="field${not empty requestScope.errors[name] ? ' invalid' : ''}">
  <label for="${name}"><fmt:message key="${label}"/></label>
  <input id="${name}" name="${name}" type="${empty type ? 'text' : type}"
         value="${type eq 'password' ? '' : fn:escapeXml(requestScope.form[name])}"
         <c:if test="${not empty maxlength}">maxlength="${maxlength}"</c:if>
         <c:if test="${not empty placeholder}">placeholder="${placeholder}"</c:if>
         <c:if test="${not empty autocomplete}">autocomplete="${autocomplete}"</c:if>
         <c:if test="${not empty requestScope.errors[name]}">aria-invalid="true" aria-describedby="error-${name}"</c:if>>
  <m:error name="${name}"/>
</div>
