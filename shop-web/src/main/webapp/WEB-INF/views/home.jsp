<%@ taglib prefix="c" uri="jakarta.tags.core" %><c:set var="titleKey" value="home.recommended" scope="request"/>
<%@ include file="header.jspf" %>
<c:if test="${param.joined eq '1'}"><p class="notice"><fmt:message key="home.joined"/></p></c:if>
<section class="recommended">
  <h1><fmt:message key="home.recommended"/></h1>
  <div class="grid" id="recommended">
    <c:forEach var="p" items="${recommended}">
      <%@ include file="productcard.jspf" %>
    </c:forEach>
  </div>
</section>
<section class="news">
  <h2><fmt:message key="home.news"/></h2>
  <ul>
    <li><fmt:message key="home.news1"/></li>
    <li><fmt:message key="home.news2"/></li>
  </ul>
</section>
<%@ include file="footer.jspf" %>
