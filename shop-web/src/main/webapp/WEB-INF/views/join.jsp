<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="join.title" scope="request"/>
<%@ include file="header.jspf" %>
<h1><fmt:message key="join.title"/></h1>
<c:if test="${not empty errors}"><p class="error" id="form-error" role="alert"><fmt:message key="join.fix"/></p></c:if>
<form method="post" action="${ctx}/join" class="form" id="join-form" novalidate>
  <input type="hidden" name="_csrf" value="${csrf}">
  <m:field name="loginId" label="join.loginId" maxlength="30" autocomplete="username"/>
  <m:field name="password" label="join.password" type="password" autocomplete="new-password"/>
  <m:field name="passwordConfirm" label="join.passwordConfirm" type="password" autocomplete="new-password"/>
  <m:field name="name" label="join.name" maxlength="60" autocomplete="name"/>
  <m:field name="phone" label="join.phone" type="tel" maxlength="30" placeholder="010-1234-5678" autocomplete="tel"/>
  <m:field name="email" label="join.email" type="email" maxlength="120" autocomplete="email"/>
  <m:field name="postalCode" label="join.postalCode" maxlength="6" autocomplete="postal-code"/>
  <m:field name="address" label="join.address" maxlength="300" autocomplete="street-address"/>
  <m:field name="birthDate" label="join.birthDate" type="date"/>
  <fieldset class="field">
    <legend><fmt:message key="join.gender"/></legend>
    <label><input type="radio" name="gender" value="M" ${form.gender eq 'M' ? 'checked' : ''}> <fmt:message key="join.gender.M"/></label>
    <label><input type="radio" name="gender" value="F" ${form.gender eq 'F' ? 'checked' : ''}> <fmt:message key="join.gender.F"/></label>
  </fieldset>
  <fieldset class="field">
    <legend><fmt:message key="join.consents"/></legend>
    <label><input type="checkbox" name="consentEmail" id="consentEmail" ${not empty form.consentEmail ? 'checked' : ''}> <fmt:message key="join.consentEmail"/></label>
    <label><input type="checkbox" name="consentSms" ${not empty form.consentSms ? 'checked' : ''}> <fmt:message key="join.consentSms"/></label>
    <label><input type="checkbox" name="consentDm" ${not empty form.consentDm ? 'checked' : ''}> <fmt:message key="join.consentDm"/></label>
    <label><input type="checkbox" name="consentPhone" ${not empty form.consentPhone ? 'checked' : ''}> <fmt:message key="join.consentPhone"/></label>
  </fieldset>
  <m:field name="upperMemberLoginId" label="join.upperMember" maxlength="30"/>
  <p class="hint"><fmt:message key="join.privacy"/></p>
  <button type="submit" class="primary" id="join-submit"><fmt:message key="join.submit"/></button>
</form>
<%@ include file="footer.jspf" %>
